# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's fourth set: invented districts and communes of a fourth invented
province (tỉnh Lạc Sơn) reporting on a fourth programme and sector (drug prevention and control,
"phòng, chống ma túy", year 2025: communes free of drugs, addicts managed, rehabilitation, propaganda,
police operations, schools).

Written before any tuning of :mod:`nq35cls.themes` against it, and held out: never used to choose
methods or parameters, not even to choose between them. It was authored blind to the method (no
clustering was run on it while it was written); it only says how the method does on words nobody
looked at. Every sentence below was written for this set; the same structure and machinery as the other
sets (planted points with several phrasings of different structure and wording, distractors that share
words with a planted point but not its point, singletons), none of their sentences.

    python benchmarks/themes_data/generate_set4.py       # rewrites reports_set4/*.txt and *.jsonl (seed 83)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set4"
N_REPORTS = 42
SEED = 83

RESULTS: dict[str, list[str]] = {
    "R_khongmatuy": [
        "Thêm {k} xã đạt tiêu chí và được công nhận là xã không ma túy, hiện toàn địa bàn có {n} xã không ma túy.",
        "Qua đánh giá theo bộ tiêu chí của Bộ Công an, {p}% số xã, thị trấn trên địa bàn đủ điều kiện là địa bàn không ma túy.",
        "Hội đồng thẩm định đã công nhận thêm nhiều xã sạch ma túy, tức là không còn người nghiện, không có điểm, tụ điểm mua bán hay sử dụng trái phép.",
        "Số đơn vị cấp xã không có ma túy tiếp tục tăng; {k} xã vốn là địa bàn phức tạp đã được chuyển hóa và công nhận trong năm.",
    ],
    "R_batgiu": [
        "Lực lượng Công an đã phát hiện, bắt giữ {n} vụ, {k} đối tượng phạm tội về ma túy, thu giữ {x} gam heroin và hàng trăm viên ma túy tổng hợp.",
        "Triệt phá {k} đường dây, ổ nhóm mua bán trái phép chất ma túy, khởi tố {n} vụ án với nhiều bị can.",
        "Công tác đấu tranh, trấn áp tội phạm ma túy đạt kết quả tích cực: số vụ bắt giữ tăng {low}% so với năm 2024, nhiều kẻ bán lẻ bị đưa ra xử lý.",
        "Trong các đợt cao điểm, Công an {unit} đã bắt quả tang {n} vụ tàng trữ, mua bán ma túy và chuyển cơ quan điều tra xử lý hình sự.",
    ],
    "R_quanly": [
        "Rà soát, thống kê được {n} người nghiện và người sử dụng trái phép chất ma túy, {p}% trong số đó đã có hồ sơ quản lý.",
        "Toàn bộ người sử dụng ma túy trên địa bàn đều có tên trong danh sách theo dõi và được giao cho Công an xã, thôn, tổ dân phố quản lý.",
        "Việc quản lý người nghiện tại cộng đồng chặt chẽ hơn: mỗi trường hợp đều có cán bộ phụ trách, hồ sơ được cập nhật hằng tháng.",
        "Đã xác minh và đưa vào diện quản lý {k} người sử dụng ma túy mới phát hiện, không để sót ai ngoài danh sách.",
    ],
    "R_tuyentruyen": [
        "Tổ chức {n} buổi tuyên truyền về tác hại của ma túy với {m} lượt người tham dự.",
        "Nhân Tháng hành động phòng, chống ma túy và Ngày toàn dân phòng, chống ma túy 26/6, đã treo băng rôn, khẩu hiệu và phát {m} tờ rơi đến các hộ dân.",
        "Đài truyền thanh cơ sở phát thường xuyên các chuyên mục về ma túy, giúp bà con hiểu rõ thủ đoạn lôi kéo thanh thiếu niên.",
        "Thông tin, giáo dục về phòng, chống ma túy được đẩy mạnh bằng nhiều cách như sân khấu hóa, lồng vào họp thôn, đăng bài trên nhóm Zalo của khu dân cư.",
    ],
    "R_cainghien": [
        "Lập hồ sơ đề nghị Tòa án nhân dân áp dụng biện pháp đưa {k} người vào cơ sở cai nghiện bắt buộc.",
        "Có {n} người nghiện được điều trị cai nghiện, trong đó {k} người cai tự nguyện tại gia đình và cộng đồng.",
        "Tỷ lệ người nghiện được tiếp cận các hình thức cai nghiện đạt {p}% chỉ tiêu tỉnh giao.",
        "Nhiều gia đình đã chủ động đưa con em đến Cơ sở cai nghiện ma túy tỉnh, số người đi cai tăng so với năm trước.",
    ],
    "R_truonghoc": [
        "Các trường học lồng ghép nội dung phòng, chống ma túy vào tiết sinh hoạt lớp và hoạt động ngoại khóa, chưa phát hiện học sinh nào liên quan đến ma túy.",
        "Ngành giáo dục phối hợp với Công an tổ chức {n} buổi nói chuyện cho học sinh trung học về cách nhận biết ma túy trá hình trong kẹo, nước uống, thuốc lá điện tử.",
        "{m} học sinh cùng phụ huynh đã ký cam kết không sử dụng, không tàng trữ ma túy; môi trường học đường được giữ an toàn.",
    ],
    "R_saucai": [
        "Hỗ trợ học nghề, giới thiệu việc làm cho {k} người sau cai nghiện, giúp họ ổn định cuộc sống.",
        "Người cai nghiện xong trở về được các đoàn thể nhận giúp đỡ, kèm cặp và tạo điều kiện vay vốn làm ăn để hòa nhập cộng đồng.",
        "Ngân hàng Chính sách xã hội đã giải ngân cho {k} hộ có người sau cai vay vốn chăn nuôi, mở cửa hàng nhỏ.",
    ],
    "R_xetnghiem": [
        "Test nhanh ma túy qua nước tiểu cho {m} lượt người có biểu hiện nghi vấn, phát hiện {n} trường hợp dương tính.",
        "Phối hợp với Cảnh sát giao thông kiểm tra chất ma túy trong cơ thể lái xe khách, xe tải tại bến xe, trạm dừng nghỉ; {k} lái xe dương tính đã bị xử lý.",
        "Thực hiện xét nghiệm tìm chất ma túy cho thanh niên trước khi nhập ngũ và công nhân các doanh nghiệp, phát hiện {k} người có kết quả dương tính.",
    ],
    "R_caythuoc": [
        "Phát hiện, nhổ bỏ {m} cây cần sa và cây thuốc phiện trồng xen trong nương rẫy, vườn nhà.",
        "Các đợt khảo sát trên nương, rẫy vùng giáp ranh không phát hiện diện tích tái trồng cây có chứa chất ma túy.",
        "Qua truy quét, lực lượng chức năng đã tiêu hủy {x} ha thuốc phiện trồng lẫn trong ruộng ngô ở vùng cao.",
    ],
    "R_kinhdoanh": [
        "Kiểm tra {n} cơ sở kinh doanh karaoke, quán bar, nhà nghỉ, không phát hiện trường hợp sử dụng ma túy.",
        "Các cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự được kiểm tra định kỳ; {k} cơ sở để khách tụ tập sử dụng ma túy đã bị đình chỉ hoạt động.",
        "Qua kiểm tra đột xuất quán hát, phòng trà lúc đêm muộn, đã xử phạt {k} chủ cơ sở cho thuê phòng để khách dùng trái phép chất ma túy.",
    ],
    "R_methadone": [
        "Duy trì điều trị thay thế bằng methadone cho {n} bệnh nhân tại cơ sở điều trị của Trung tâm Y tế.",
        "Mở thêm điểm cấp phát thuốc methadone ở trạm y tế xã, người bệnh không phải đi xa để uống thuốc hằng ngày.",
        "Số người nghiện heroin uống thuốc thay thế tăng lên {n} người, trên {p}% duy trì điều trị đều đặn.",
    ],
    "R_chidao": [
        "Kiện toàn Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy, phân công thành viên phụ trách từng thôn, tổ dân phố.",
        "Ủy ban nhân dân đã ban hành {k} kế hoạch, văn bản chỉ đạo triển khai công tác phòng, chống ma túy năm 2025.",
        "Cấp ủy, chính quyền xác định phòng, chống ma túy là nhiệm vụ trọng tâm, đưa vào nghị quyết và chương trình công tác hằng tháng.",
    ],
    "R_mohinh": [
        "Duy trì {n} mô hình tự quản về phòng, chống ma túy ở thôn, tổ dân phố, do trưởng thôn và Công an xã cùng phụ trách.",
        "Nhân rộng mô hình khu dân cư tự quản không có ma túy, người dân tích cực cung cấp tin báo cho lực lượng chức năng.",
    ],
    "R_kinhphi": [
        "Địa phương đã bố trí {tr} triệu đồng từ ngân sách để chi cho phòng, chống ma túy, trong đó có hỗ trợ người nghiện đi cai.",
        "Kinh phí hỗ trợ người cai nghiện và hoạt động phòng, chống ma túy năm 2025 là {tr} triệu đồng, được cấp đầy đủ, kịp thời.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_nongdocon": [
        "Kiểm tra nồng độ cồn đối với {m} lượt người điều khiển phương tiện, xử phạt {k} trường hợp vi phạm.",
        "Lực lượng Cảnh sát giao thông lập biên bản {n} lái xe có nồng độ cồn vượt mức cho phép, tạm giữ phương tiện.",
        "Qua các chốt kiểm tra ban đêm, đã phát hiện {k} người uống rượu, bia rồi vẫn lái xe mô tô.",
    ],
    "RD_cobac": [
        "Triệt phá {k} ổ nhóm đánh bạc, bắt giữ {n} đối tượng, thu giữ nhiều tiền và tang vật.",
        "Bắt quả tang {k} vụ tổ chức đánh bạc dưới hình thức lô đề, cá độ bóng đá qua mạng.",
    ],
    "RD_duoinuoc": [
        "Tổ chức {n} buổi ngoại khóa hướng dẫn kỹ năng phòng tránh đuối nước cho học sinh, nhất là ở các thôn ven sông.",
        "Phối hợp với nhà trường mở lớp dạy bơi miễn phí cho {m} học sinh tiểu học.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_phuctap": [
        "Tình hình tội phạm và tệ nạn ma túy vẫn diễn biến phức tạp, xuất hiện nhiều loại ma túy tổng hợp mới.",
        "Người sử dụng ma túy có xu hướng trẻ hóa, chủ yếu dùng ma túy đá, thuốc lắc, khó phát hiện.",
        "Các đối tượng lợi dụng mạng xã hội để rao bán, lôi kéo thanh thiếu niên dùng ma túy trộn trong thuốc lá điện tử, nước uống đóng gói.",
        "Số người sử dụng trái phép chất ma túy ngoài xã hội chưa giảm, đã có người dùng ở lứa tuổi học sinh, sinh viên.",
    ],
    "L_tainghien": [
        "Tỷ lệ tái nghiện sau cai còn cao, có nơi tới {p}%.",
        "Nhiều người chấp hành xong thời gian cai nghiện trở về địa phương lại tiếp tục sử dụng ma túy.",
        "Kết quả cai nghiện chưa bền vững, {k} người vừa cai xong đã bị phát hiện dùng lại.",
        "Người cai xong dễ bị bạn nghiện cũ rủ rê mà quay lại con đường cũ, do việc quản lý sau cai còn lỏng lẻo.",
    ],
    "L_lucluong": [
        "Lực lượng làm công tác phòng, chống ma túy ở cơ sở còn mỏng, chủ yếu kiêm nhiệm.",
        "Công an xã phải đảm nhận quá nhiều việc, không có cán bộ chuyên trách theo dõi người nghiện.",
        "Cán bộ phụ trách mảng xã hội, cai nghiện ở cấp xã thường xuyên thay đổi, thiếu kinh nghiệm và kỹ năng nghiệp vụ.",
        "Số người làm công tác cai nghiện, quản lý sau cai không đủ, một cán bộ phải theo dõi hàng chục trường hợp.",
    ],
    "L_thutuc": [
        "Thủ tục lập hồ sơ đưa người vào cơ sở cai nghiện bắt buộc phức tạp, kéo dài, nhiều trường hợp bỏ trốn trước khi có quyết định của Tòa án.",
        "Địa phương không có bác sĩ đủ điều kiện xác định tình trạng nghiện, phải chờ y tế tuyến trên về làm nên hồ sơ đưa đi cai bị chậm.",
        "Việc xác định tình trạng nghiện và hoàn thiện hồ sơ gửi Tòa án còn chậm, người nghiện vẫn ở ngoài cộng đồng trong thời gian chờ xét.",
    ],
    "L_giadinh": [
        "Một số gia đình còn che giấu, không khai báo khi người thân sử dụng ma túy.",
        "Gia đình người nghiện thiếu phối hợp với chính quyền, có trường hợp còn bao che, nói dối cán bộ đến xác minh.",
        "Tâm lý sợ mang tiếng khiến nhiều hộ giấu chuyện con em nghiện ngập, chính quyền chỉ biết khi sự việc đã nghiêm trọng.",
    ],
    "L_kinhphi": [
        "Kinh phí cho công tác phòng, chống ma túy hạn hẹp, chưa đáp ứng yêu cầu.",
        "Ngân sách xã không có khoản chi riêng cho hỗ trợ cai nghiện, phần lớn chi phí do gia đình người nghiện tự lo.",
        "Kinh phí được giao chỉ đủ cho vài hoạt động tuyên truyền, không còn để hỗ trợ người đi cai hay khen thưởng người cung cấp tin.",
    ],
    "L_vieclam": [
        "Người sau cai nghiện khó tìm được việc làm, một số doanh nghiệp từ chối nhận.",
        "Sự kỳ thị của cộng đồng với người từng nghiện còn nặng nề, họ mặc cảm và khó tái hòa nhập.",
        "Chưa có nguồn vốn, lớp nghề phù hợp cho người cai xong, nhiều người thất nghiệp kéo dài.",
    ],
    "L_didong": [
        "Nhiều người sử dụng ma túy thường xuyên đi làm ăn xa, thay đổi chỗ ở, địa phương không nắm được.",
        "Đối tượng nghiện di biến động lớn, phần lớn tạm trú ở tỉnh khác, chỉ về quê vài ngày nên rất khó theo dõi.",
    ],
    "L_tuyentruyen": [
        "Công tác tuyên truyền còn hình thức, chưa thu hút được giới trẻ.",
        "Tài liệu tuyên truyền về ma túy chậm đổi mới, ít phù hợp với đồng bào dân tộc thiểu số, nhiều người nghe không hiểu.",
    ],
    "L_quatai": [
        "Cơ sở cai nghiện ma túy công lập của tỉnh thường xuyên quá tải, chưa tiếp nhận kịp người đã có quyết định.",
        "Sức chứa của cơ sở cai nghiện tỉnh không đủ, người có quyết định đưa đi cai phải chờ đến lượt.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_cobac": [
        "Tệ nạn cờ bạc, lô đề vẫn lén lút diễn ra ở một số khu dân cư.",
        "Hoạt động cá độ bóng đá qua mạng diễn biến phức tạp, khó phát hiện.",
        "Tình trạng tụ tập đánh bạc trong các đám hiếu, đám hỷ chưa được ngăn chặn dứt điểm.",
    ],
    "LD_ruoubia": [
        "Tình trạng thanh thiếu niên uống rượu, bia rồi tụ tập gây mất trật tự về đêm còn xảy ra.",
        "Việc lạm dụng rượu, bia ở nam thanh niên nông thôn gây ra nhiều vụ đánh nhau, tai nạn giao thông.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tuyentruyen": [
        "Tiếp tục đẩy mạnh tuyên truyền về tác hại của ma túy, tập trung vào thanh thiếu niên và người lao động tự do.",
        "Đổi mới hình thức thông tin, giáo dục phòng, chống ma túy, dùng mạng xã hội, video ngắn để tiếp cận giới trẻ.",
        "Các đoàn thể tuyên truyền đến từng hộ, từng hội viên về thủ đoạn lôi kéo sử dụng ma túy và cách phòng tránh.",
        "Duy trì chuyên mục phòng, chống ma túy trên hệ thống loa truyền thanh, lồng ghép vào các buổi họp thôn, tổ dân phố.",
    ],
    "S_tancong": [
        "Tăng cường nắm tình hình, mở các đợt cao điểm tấn công, trấn áp tội phạm ma túy.",
        "Tập trung điều tra, triệt phá các đường dây mua bán ma túy xuyên tỉnh, không để hình thành điểm, tụ điểm phức tạp.",
        "Lực lượng Công an kiên quyết xử lý nghiêm kẻ mua bán, tàng trữ, tổ chức sử dụng trái phép chất ma túy.",
        "Kiểm soát chặt các tuyến giao thông, bến xe, khu vực giáp ranh để ngăn ma túy từ nơi khác đưa vào địa bàn.",
    ],
    "S_quanly": [
        "Rà soát, thống kê chính xác người nghiện, người sử dụng trái phép chất ma túy, cập nhật kịp thời vào cơ sở dữ liệu.",
        "Quản lý chặt chẽ người nghiện tại nơi cư trú, phân công cán bộ theo dõi từng trường hợp.",
        "Không để sót người sử dụng ma túy ngoài diện quản lý; mỗi thôn, tổ dân phố báo cáo danh sách hằng tháng.",
    ],
    "S_cainghien": [
        "Lập hồ sơ đưa người nghiện đủ điều kiện vào cơ sở cai nghiện bắt buộc, phấn đấu đạt {p}% trở lên.",
        "Khuyến khích cai nghiện tự nguyện tại gia đình, cộng đồng, đa dạng hóa các hình thức điều trị nghiện.",
        "Vận động gia đình đưa người thân đi cai, bảo đảm người nghiện nào cũng được tiếp cận dịch vụ cai nghiện.",
    ],
    "S_khongmatuy": [
        "Tiếp tục xây dựng xã không ma túy, phấn đấu có thêm {k} xã đạt tiêu chí trong năm 2026.",
        "Giữ vững kết quả ở các xã đã được công nhận không ma túy, đồng thời tập trung chuyển hóa các địa bàn còn phức tạp.",
        "Hướng dẫn các xã chưa đạt hoàn thiện tiêu chí, hồ sơ để đề nghị công nhận địa bàn sạch ma túy.",
    ],
    "S_saucai": [
        "Tạo điều kiện cho người sau cai học nghề, vay vốn, tìm việc làm để hòa nhập cộng đồng.",
        "Giao đoàn thể phối hợp với gia đình kèm cặp, giúp đỡ người cai xong ổn định cuộc sống, không quay lại ma túy.",
        "Kết nối với doanh nghiệp trên địa bàn nhận người đã cai nghiện vào làm việc.",
    ],
    "S_truonghoc": [
        "Phối hợp với ngành giáo dục ngăn chặn ma túy xâm nhập học đường, quản lý học sinh có biểu hiện nghi vấn.",
        "Nhà trường tăng cường giáo dục kỹ năng từ chối ma túy cho học sinh, báo ngay cho gia đình khi thấy dấu hiệu bất thường.",
    ],
    "S_boiduong": [
        "Bồi dưỡng nghiệp vụ cho cán bộ làm công tác phòng, chống ma túy ở cấp xã.",
        "Mở lớp tập huấn kỹ năng quản lý, tư vấn người nghiện cho công an xã và công chức văn hóa - xã hội.",
    ],
    "S_kinhphi": [
        "Đề nghị tỉnh bổ sung kinh phí hỗ trợ cai nghiện và công tác phòng, chống ma túy cho cấp xã.",
        "Kiến nghị nâng mức hỗ trợ tiền ăn, chi phí cai nghiện cho người thuộc hộ nghèo, cận nghèo.",
    ],
    "S_kinhdoanh": [
        "Kiểm tra thường xuyên, đột xuất các cơ sở karaoke, quán bar, vũ trường, xử lý nghiêm chủ cơ sở để xảy ra sử dụng ma túy.",
        "Siết chặt quản lý cơ sở kinh doanh dịch vụ nhạy cảm, thu hồi giấy phép nơi để khách dùng ma túy.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_cobac": [
        "Tấn công, triệt xóa các tụ điểm cờ bạc, lô đề, không để hình thành điểm nóng.",
        "Xử lý nghiêm các đối tượng tổ chức đánh bạc, cá độ qua mạng.",
    ],
    "SD_nongdocon": [
        "Tăng cường tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn khi điều khiển phương tiện.",
        "Tuyên truyền thực hiện nghiêm quy định đã uống rượu, bia thì không lái xe.",
    ],
    "SD_vieclam": [
        "Mở lớp dạy nghề may, điện dân dụng cho người lao động ở nông thôn, kết nối với các khu công nghiệp để tuyển dụng.",
        "Hỗ trợ vay vốn giải quyết việc làm cho thanh niên, phụ nữ thuộc hộ nghèo.",
        "Tổ chức phiên giao dịch việc làm cho lao động trở về từ nước ngoài.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Ủy ban nhân dân khen thưởng hai tập thể và năm cá nhân có thành tích xuất sắc trong đấu tranh với tội phạm ma túy.",
        "Tiếp nhận sáu người bị trục xuất về từ nước ngoài, bàn giao cho gia đình và thôn quản lý.",
        "Hoàn thành xây dựng nhà tạm giữ mới của Công an huyện.",
        "Một cán bộ Công an xã bị thương khi truy bắt đối tượng, đã được tỉnh tặng bằng khen.",
        "Phát hiện và xử lý một phòng khám tư kê đơn thuốc gây nghiện sai quy định.",
        "Dân quân tham gia bảo vệ hiện trường, áp giải đối tượng trong nhiều vụ án.",
        "Thu giữ một khẩu súng tự chế khi khám xét nhà một đối tượng buôn bán ma túy.",
        "Trang bị thêm hai máy ảnh nhiệt cho tổ tuần tra khu vực biên giới.",
        "Số vụ trộm cắp tài sản do người nghiện gây ra giảm rõ so với năm trước.",
        "Tiêu hủy tang vật ma túy của các vụ án đã xét xử xong theo đúng quy trình.",
        "Số hóa hồ sơ lưu trữ các vụ án ma túy từ năm 2015 đến nay.",
        "Lắp đặt camera an ninh tại các ngã ba, bến đò bằng kinh phí nhân dân đóng góp.",
        "Thành lập tổ tư vấn tâm lý miễn phí ở nhà văn hóa cho thanh thiếu niên có hoàn cảnh khó khăn.",
    ],
    "limitations": [
        "Nhà tạm giữ của Công an huyện chật hẹp, không đủ buồng giam riêng.",
        "Xe chuyên dùng của Công an xã đã cũ, hay hỏng khi đi công tác vùng sâu.",
        "Một số vụ án ma túy kéo dài do chờ kết quả giám định chất.",
        "Điểm truy cập internet công cộng vẫn mở cửa quá giờ quy định.",
        "Chưa có nơi điều trị cho người bị loạn thần do dùng ma túy đá.",
        "Việc quản lý thuốc gây nghiện, thuốc hướng thần ở quầy thuốc tư nhân chưa chặt.",
        "Địa bàn giáp sông rộng, ban đêm đối tượng dùng thuyền trốn khỏi vòng vây.",
        "Một số nhà nghỉ ven đường chưa khai báo lưu trú cho khách.",
        "Tin báo qua đường dây nóng ít, nhiều tin không chính xác.",
        "Camera an ninh ở khu dân cư còn thiếu, nhiều chiếc hỏng chưa được sửa.",
        "Cán bộ trinh sát bị đối tượng đe dọa trả thù.",
        "Hồ sơ người nghiện những năm trước lưu bằng giấy, bị mối mọt làm hư hỏng.",
        "Số người nhiễm HIV trong nhóm tiêm chích ma túy chưa giảm.",
    ],
    "solutions": [
        "Đề nghị đầu tư sửa chữa nhà tạm giữ của Công an huyện.",
        "Trang bị xe bán tải cho Công an các xã vùng cao.",
        "Phối hợp với Phòng Kỹ thuật hình sự rút ngắn thời gian giám định mẫu vật.",
        "Kiểm soát giờ mở cửa của các điểm kinh doanh trò chơi điện tử.",
        "Thành lập phòng tư vấn sức khỏe tâm thần cho người dùng ma túy đá có biểu hiện loạn thần.",
        "Yêu cầu các quầy thuốc ghi sổ theo dõi khi bán thuốc có chứa chất hướng thần.",
        "Lắp thêm camera giám sát trên các tuyến đường vào khu dân cư.",
        "Công khai số điện thoại đường dây nóng tiếp nhận tin báo về ma túy.",
        "Tổ chức sơ kết thi hành Luật Phòng, chống ma túy năm 2021.",
        "Bảo vệ bí mật danh tính người tố giác, khen thưởng xứng đáng người cung cấp tin có giá trị.",
        "Xây dựng phương án bảo vệ cán bộ trinh sát trước nguy cơ bị trả thù.",
        "Tăng cường xét nghiệm HIV, viêm gan C cho người tiêm chích ma túy.",
        "Đề xuất thí điểm cấp thuốc methadone mang về nhà nhiều ngày cho bệnh nhân điều trị ổn định.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (19, 17, 16, 14, 13, 12, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_nongdocon": 3,
    "RD_cobac": 3,
    "RD_duoinuoc": 2,
    "LD_cobac": 3,
    "LD_ruoubia": 2,
    "SD_cobac": 2,
    "SD_nongdocon": 2,
    "SD_vieclam": 3,
}

DISTRICTS = [
    "huyện Tùng Lâm",
    "huyện Hoài Xuyên",
    "huyện Cao Lũng",
    "thành phố Lạc Sơn",
    "huyện Nậm Khiêu",
    "thị xã Phú Thứ Đông",
    "huyện Đoan Lộc",
]
COMMUNE_STEMS = [
    "Suối Mơ",
    "Pà Cò Thượng",
    "Yên Lãng Hạ",
    "Phương Chiểu",
    "Thiện Kế",
    "Hòa Xá",
    "Nà Tấu",
    "Kỳ Lân",
    "Đông Mỹ Tây",
    "Liên Châu",
    "Tân Ước",
    "Vạn Ninh Hạ",
    "Khả Cửu",
    "Mỹ Hưng Thượng",
    "Thụy Lôi",
    "Chiềng Sại",
    "Hữu Bằng",
    "Lương Phong",
    "Quảng Tín",
    "Thượng Cốc",
    "Đại Áng",
    "Văn Khúc",
    "Tri Lễ",
    "Bằng Luân",
    "Tiên Kiên",
    "Cẩm Khê Tây",
    "Đồng Luận",
    "Tứ Mỹ",
    "Phù Lưu",
    "Trung Sơn Hạ",
    "Ngọc Thanh",
    "Lâm Xuyên",
    "Mường Chiến",
    "Xuân Áng",
    "Hồ Tùng",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {k}/CAT-PC04 ngày 20/11/2025 của Công an tỉnh Lạc Sơn về việc báo cáo kết quả công tác phòng, chống ma túy năm 2025, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {tr}/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về phòng, chống và kiểm soát ma túy năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
        "Thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy, {unit} tổng kết kết quả năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN",
            "I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG MA TÚY NĂM 2025",
            "I. TÌNH HÌNH VÀ KẾT QUẢ TRIỂN KHAI",
        ],
        "limitations": [
            "II. HẠN CHẾ, TỒN TẠI",
            "II. KHÓ KHĂN, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "II. NHỮNG TỒN TẠI, VƯỚNG MẮC",
        ],
        "solutions": ["III. NHIỆM VỤ TRỌNG TÂM NĂM 2026", "III. GIẢI PHÁP VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác lãnh đạo, tuyên truyền",
            "2. Đấu tranh, trấn áp tội phạm ma túy",
            "3. Quản lý người nghiện và cai nghiện",
        ],
        "limitations": ["1. Những tồn tại", "2. Nguyên nhân của tồn tại"],
        "solutions": ["1. Nhiệm vụ, giải pháp chủ yếu", "2. Đề xuất, kiến nghị"],
    },
    leads={
        "results": ["", "", "", "Trong năm 2025, ", "Nhìn chung, ", "Cùng với đó, ", "Ngoài ra, "],
        "limitations": ["", "", "", "Bên cạnh kết quả đạt được, ", "Mặt khác, ", "Đáng lưu ý, "],
        "solutions": ["", "", "", "Trong năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác phòng, chống ma túy năm 2025, phương hướng nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác phòng, chống ma túy năm 2025 của {unit}.",
    recipients="Nơi nhận: Công an tỉnh (PC04); Ban Chỉ đạo phòng, chống tội phạm tỉnh; Lưu: VT.",
    placeholder="(Phụ lục số liệu phòng, chống ma túy kèm theo)",
    proper=(
        "Ủy ban",
        "Công an",
        "Ban Chỉ đạo",
        "Tòa án",
        "Hội đồng",
        "Ngân hàng Chính sách",
        "Cảnh sát",
        "Lực lượng Cảnh sát",
        "Cơ sở cai nghiện ma túy tỉnh",
        "Trung tâm Y tế",
        "Phòng Kỹ thuật",
        "Luật",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
