# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's validation set: invented districts and communes of a third invented
province (tỉnh Bình Khê) reporting on a third programme and sector (primary health care and universal
health insurance, "y tế cơ sở và bảo hiểm y tế toàn dân", year 2025).

Written and committed before any tuning of :mod:`nq35cls.themes` that follows it, and never tuned on,
not even to choose between methods: the other two sets (``generate.py``, digital transformation, tuned
on; ``generate_test.py``, new-style countryside, held out then used to choose) are where methods and
defaults are chosen, this one only says how they do on words nobody looked at. Every sentence below was
written for this benchmark; the same structure and machinery as the other sets (planted points with
several phrasings of different structure and wording, distractors that share words with a planted point
but not its point, singletons), none of their sentences.

    python benchmarks/themes_data/generate_valid.py      # rewrites reports_valid/*.txt and *.jsonl (seed 71)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_valid"
N_REPORTS = 42
SEED = 71

RESULTS: dict[str, list[str]] = {
    "R_baophu": [
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt {p}%, vượt chỉ tiêu Hội đồng nhân dân giao.",
        "Đến hết năm, {big} người đã có thẻ bảo hiểm y tế, độ bao phủ tăng so với năm 2024.",
        "Diện bao phủ bảo hiểm y tế tiếp tục được mở rộng, hầu hết người dân đã có thẻ khi đi khám bệnh.",
        "Số người có thẻ BHYT tăng thêm {m} người, nâng mức bao phủ lên {p}% dân số.",
    ],
    "R_tiemchung": [
        "Tiêm chủng đầy đủ các loại vắc xin cho trẻ dưới một tuổi đạt {p}%.",
        "Chương trình tiêm chủng mở rộng được duy trì hằng tháng tại trạm, không để xảy ra tai biến nặng sau tiêm.",
        "Đã tiêm vắc xin sởi - rubella cho {m} trẻ em trong độ tuổi, tỷ lệ bao phủ mũi hai đạt {p}%.",
        "Trẻ em được uống vitamin A và tiêm phòng đủ mũi theo lịch, không có ổ dịch bạch hầu, ho gà.",
    ],
    "R_khambenh": [
        "Các trạm y tế đã khám, chữa bệnh cho {big} lượt người, trong đó {m} lượt có thẻ bảo hiểm.",
        "Số lượt khám tại tuyến xã tăng rõ, bình quân mỗi trạm tiếp nhận {n} bệnh nhân một ngày.",
        "Người dân đến trạm khám ban đầu ngày càng đông, {big} lượt khám được thanh toán từ quỹ bảo hiểm y tế.",
    ],
    "R_chuanxa": [
        "Có thêm {k} xã đạt Bộ tiêu chí quốc gia về y tế xã, nâng tổng số lên {n} xã.",
        "Hội đồng thẩm định đã công nhận {k} trạm y tế đạt chuẩn quốc gia giai đoạn mới.",
        "Tiêu chí y tế trong bộ tiêu chí nông thôn mới được giữ vững ở {n} xã, {k} xã mới đạt chuẩn.",
    ],
    "R_bacsi": [
        "{p}% trạm y tế có bác sĩ làm việc thường xuyên, các trạm còn lại có bác sĩ luân phiên từ tuyến huyện.",
        "Tăng cường {k} bác sĩ từ Trung tâm Y tế về hỗ trợ khám bệnh tại các trạm y tế vùng sâu.",
        "Trạm y tế xã đã có bác sĩ trực, nhân viên y tế thôn bản được bố trí đủ ở {n} thôn, bản.",
    ],
    "R_hososk": [
        "Lập hồ sơ sức khỏe điện tử cho {big} người dân, đạt {p}% dân số.",
        "Dữ liệu sức khỏe của người dân được số hóa, {p}% nhân khẩu đã có sổ sức khỏe trên ứng dụng VNeID.",
        "Cập nhật thông tin quản lý sức khỏe từng cá nhân lên phần mềm, phục vụ theo dõi khám định kỳ.",
    ],
    "R_attp": [
        "Kiểm tra an toàn thực phẩm tại {n} cơ sở sản xuất, kinh doanh, xử phạt {k} cơ sở vi phạm.",
        "Trong các đợt cao điểm dịp Tết, đoàn liên ngành đã lấy {n} mẫu thực phẩm xét nghiệm nhanh, không để xảy ra ngộ độc.",
        "Các bếp ăn tập thể ở trường học, khu công nghiệp được giám sát chặt chẽ, không có vụ ngộ độc nào.",
    ],
    "R_suydd": [
        "Tỷ lệ trẻ dưới năm tuổi suy dinh dưỡng thể thấp còi giảm xuống còn {low}%.",
        "Cân, đo chiều cao cho {m} trẻ em, số cháu bị thấp còi, nhẹ cân giảm so với đầu năm.",
        "Mô hình hướng dẫn bà mẹ chế biến bữa ăn đủ chất được nhân rộng, trẻ thiếu cân giảm còn {low}%.",
    ],
    "R_sotxh": [
        "Phun hóa chất diệt muỗi tại {k} ổ dịch sốt xuất huyết, khống chế kịp thời không để lây lan.",
        "Ra quân diệt bọ gậy, lăng quăng ở {n} thôn, {m} hộ gia đình được kiểm tra dụng cụ chứa nước.",
        "Dịch sốt xuất huyết được kiểm soát, số ca mắc giảm {p}% nhờ chiến dịch vệ sinh môi trường diệt lăng quăng.",
    ],
    "R_mantinh": [
        "Quản lý, điều trị ngoại trú tại trạm cho {m} người bệnh tăng huyết áp và đái tháo đường.",
        "Khám sàng lọc bệnh không lây nhiễm cho {big} người trên 40 tuổi, phát hiện sớm nhiều ca huyết áp cao.",
        "Người mắc bệnh mạn tính được cấp thuốc hằng tháng ngay tại xã, không phải lên bệnh viện huyện.",
    ],
    "R_caotuoi": [
        "Tổ chức khám sức khỏe định kỳ cho {m} cụ từ 60 tuổi trở lên.",
        "Người già được lập sổ theo dõi, đo huyết áp miễn phí mỗi tháng tại nhà văn hóa thôn.",
        "Chăm sóc sức khỏe người cao tuổi được quan tâm, {p}% cụ có sổ theo dõi sức khỏe.",
    ],
    "R_hotrothe": [
        "Ngân sách tỉnh hỗ trợ {tr} triệu đồng mua thẻ bảo hiểm y tế cho người cận nghèo và hộ làm nông nghiệp có mức sống trung bình.",
        "Cấp thẻ miễn phí cho {m} người thuộc hộ nghèo, người dân tộc thiểu số vùng khó khăn.",
        "Các nhà hảo tâm, doanh nghiệp tặng {n} suất thẻ bảo hiểm y tế cho học sinh và người có hoàn cảnh khó khăn.",
    ],
    "R_trangthietbi": [
        "Trang bị máy siêu âm, máy xét nghiệm sinh hóa cho {k} trạm y tế.",
        "Đầu tư mua sắm {n} bộ dụng cụ khám, tủ thuốc và giường bệnh cho tuyến xã.",
    ],
    "R_hocsinh": [
        "100% học sinh các trường đã tham gia bảo hiểm y tế học sinh.",
        "Ngành giáo dục phối hợp thu bảo hiểm y tế, không còn học sinh nào chưa có thẻ.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_bhxh": [
        "Số người tham gia bảo hiểm xã hội tự nguyện tăng thêm {m} người, chủ yếu là lao động tự do.",
        "Phát triển đối tượng đóng bảo hiểm xã hội tự nguyện đạt {p}% kế hoạch năm.",
        "Chi trả trợ cấp thất nghiệp và lương hưu qua bảo hiểm xã hội bảo đảm đúng hạn.",
    ],
    "RD_vatnuoi": [
        "Tiêm phòng vắc xin lở mồm long móng cho {m} con trâu, bò.",
        "Chiến dịch tiêm phòng dại cho chó, mèo đạt {p}% tổng đàn.",
    ],
    "RD_truonghoc": [
        "Có thêm {k} trường học đạt chuẩn quốc gia, cơ sở vật chất ngày càng khang trang.",
        "Công nhận {k} trường mầm non đạt chuẩn quốc gia mức độ một.",
        "Trường tiểu học của {unit} được đầu tư xây thêm phòng học, đạt chuẩn quốc gia.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_hogiadinh": [
        "Người tham gia bảo hiểm y tế theo hộ gia đình còn thấp, nhiều người chỉ mua thẻ khi đau ốm phải nhập viện.",
        "Một bộ phận lao động tự do chưa thấy lợi ích, không mua thẻ hoặc mua năm có năm không, làm đứt quãng thời gian tham gia.",
        "Số người chưa có thẻ tập trung ở nhóm thu nhập trung bình và lao động làm ăn xa.",
        "Không ít hộ khá giả cho rằng mình khỏe mạnh nên chưa cần đóng phí bảo hiểm y tế.",
    ],
    "L_nhanluc": [
        "Thiếu bác sĩ ở tuyến xã, nhiều trạm y tế chỉ có y sĩ và điều dưỡng.",
        "Nhân lực y tế cơ sở vừa thiếu vừa yếu, {k} viên chức đã xin nghỉ việc, chuyển sang làm cho phòng khám tư.",
        "Khó tuyển dụng bác sĩ về công tác tại vùng khó khăn vì thu nhập thấp, điều kiện sống thiếu thốn.",
        "Cán bộ trạm phải kiêm nhiệm nhiều chương trình, không có thời gian chuyên sâu vào khám, chữa bệnh.",
    ],
    "L_thuoc": [
        "Thuốc và vật tư y tế có lúc không đủ, người bệnh phải tự mua ngoài.",
        "Việc đấu thầu thuốc chậm, danh mục thuốc ở trạm y tế còn ít so với nhu cầu điều trị.",
        "Trạm y tế xã thiếu nhiều loại thuốc điều trị bệnh mạn tính, bệnh nhân lại phải lên tuyến trên lĩnh thuốc.",
        "Một số hóa chất xét nghiệm, test nhanh bị gián đoạn cung ứng trong quý III.",
    ],
    "L_xuongcap": [
        "Nhiều trạm y tế xây đã lâu, chật hẹp, mùa mưa bị dột, thấm nước.",
        "Cơ sở vật chất của {k} trạm y tế xuống cấp nặng, chưa bố trí được kinh phí sửa chữa.",
        "Trang thiết bị khám bệnh ở tuyến xã cũ, lạc hậu, máy móc hỏng không có người sửa.",
    ],
    "L_vuottuyen": [
        "Người dân vẫn có tâm lý vượt tuyến, bỏ qua trạm y tế để lên thẳng bệnh viện tỉnh.",
        "Lòng tin của nhân dân vào chất lượng khám chữa bệnh ban đầu chưa cao, số lượt khám ở xã giảm.",
        "Bệnh nhân thích đi khám ở bệnh viện lớn dù bệnh nhẹ, gây quá tải tuyến trên.",
    ],
    "L_thanhtoan": [
        "Chi khám chữa bệnh bảo hiểm y tế vượt dự toán được giao, quỹ chưa thanh toán đủ cho cơ sở.",
        "Một số chi phí bị cơ quan bảo hiểm xã hội từ chối thanh toán do sai sót trong hồ sơ.",
        "Việc quyết toán với Bảo hiểm xã hội còn chậm, trạm y tế thiếu tiền mua thuốc.",
    ],
    "L_dichbenh": [
        "Dịch sốt xuất huyết, tay chân miệng vẫn diễn biến phức tạp, nhất là vào mùa mưa.",
        "Số ca mắc bệnh truyền nhiễm tăng ở khu nhà trọ công nhân, nguy cơ bùng phát dịch cao.",
        "Bệnh sởi xuất hiện trở lại ở {k} thôn có tỷ lệ tiêm chủng thấp.",
    ],
    "L_thucpham": [
        "Thực phẩm không rõ nguồn gốc vẫn được bày bán tại các chợ nông thôn.",
        "Cơ sở kinh doanh ăn uống nhỏ lẻ nhiều, không đủ cán bộ để kiểm tra thường xuyên.",
    ],
    "L_phucap": [
        "Phụ cấp của nhân viên y tế thôn bản thấp, nhiều người bỏ việc.",
        "Chế độ cho cộng tác viên dân số, y tế thôn chưa tương xứng với khối lượng công việc.",
    ],
    "L_phanmem": [
        "Phần mềm quản lý trạm y tế và phần mềm giám định của bảo hiểm chưa kết nối, phải nhập số liệu hai lần.",
        "Đường truyền yếu, hệ thống tra cứu thẻ bằng căn cước thường bị treo.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_nodong": [
        "Nhiều doanh nghiệp nợ đóng bảo hiểm xã hội kéo dài, ảnh hưởng đến quyền lợi của người lao động.",
        "Tình trạng chậm đóng, trốn đóng bảo hiểm xã hội bắt buộc tại một số công ty chưa được xử lý triệt để.",
    ],
    "LD_vatnuoi": [
        "Người chăn nuôi chưa tự giác tiêm phòng cho đàn gia súc, gia cầm.",
        "Dịch tả lợn châu Phi tái phát ở {k} hộ chăn nuôi nhỏ lẻ.",
        "Công tác thú y cơ sở thiếu người, thiếu kinh phí mua vắc xin cho vật nuôi.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_vandong": [
        "Đẩy mạnh tuyên truyền, vận động người dân tham gia bảo hiểm y tế theo hộ gia đình.",
        "Giao chỉ tiêu phát triển người có thẻ bảo hiểm y tế cho từng xã, thôn và đưa vào tiêu chí thi đua.",
        "Phối hợp với Bưu điện và các hội đoàn thể đến từng nhà giải thích quyền lợi khi có thẻ, hướng tới bao phủ toàn dân.",
        "Các đại lý thu mở rộng điểm thu tại thôn, tạo thuận lợi cho bà con đóng tiền mua thẻ.",
    ],
    "S_nhanluc": [
        "Có chính sách thu hút bác sĩ trẻ về làm việc tại trạm y tế xã.",
        "Cử viên chức đi đào tạo liên thông lên bác sĩ, bảo đảm mỗi trạm có ít nhất một bác sĩ.",
        "Thực hiện luân phiên có thời hạn cán bộ chuyên môn từ tuyến huyện về tuyến xã.",
    ],
    "S_csvc": [
        "Bố trí vốn đầu tư công để xây mới, cải tạo các trạm y tế xuống cấp.",
        "Ưu tiên kinh phí sửa chữa, nâng cấp {k} trạm y tế và bổ sung trang thiết bị thiết yếu.",
        "Lồng ghép các chương trình mục tiêu để đầu tư cơ sở vật chất cho y tế cơ sở.",
    ],
    "S_thuoc": [
        "Tổ chức đấu thầu tập trung kịp thời, bảo đảm đủ thuốc, vật tư cho khám chữa bệnh ban đầu.",
        "Mở rộng danh mục thuốc tại trạm, nhất là thuốc điều trị tăng huyết áp, tiểu đường.",
        "Điều chuyển thuốc giữa các cơ sở để không để thiếu thuốc cho người bệnh.",
    ],
    "S_sohoa": [
        "Triển khai khám chữa bệnh bảo hiểm y tế bằng căn cước công dân ở tất cả các trạm y tế.",
        "Hoàn thiện hồ sơ sức khỏe điện tử và kết nối dữ liệu với ứng dụng VNeID.",
        "Chuyển đổi sang bệnh án điện tử, liên thông kết quả xét nghiệm giữa các tuyến.",
    ],
    "S_phongdich": [
        "Chủ động giám sát, phát hiện sớm, xử lý triệt để ổ dịch, không để dịch lan rộng.",
        "Tổ chức chiến dịch diệt lăng quăng, vệ sinh môi trường trước mùa mưa.",
        "Chuẩn bị sẵn thuốc, hóa chất, phương án phòng chống dịch theo phương châm bốn tại chỗ.",
    ],
    "S_chatluong": [
        "Nâng cao chất lượng khám chữa bệnh tại trạm để người dân tin tưởng, không phải vượt tuyến.",
        "Đổi mới phong cách phục vụ, thực hiện quy tắc ứng xử, hướng tới sự hài lòng của người bệnh.",
    ],
    "S_attp": [
        "Thanh tra, kiểm tra đột xuất các cơ sở chế biến thực phẩm, xử lý nghiêm vi phạm.",
        "Tuyên truyền người tiêu dùng lựa chọn thực phẩm an toàn, có nguồn gốc rõ ràng.",
    ],
    "S_kiennghi": [
        "Kiến nghị Bảo hiểm xã hội tỉnh giao dự toán chi khám chữa bệnh sát thực tế, thanh toán kịp thời cho các trạm.",
        "Đề nghị Sở Y tế phối hợp với Bảo hiểm xã hội giải quyết dứt điểm các khoản chi phí còn vướng mắc.",
    ],
    "S_phucap": [
        "Đề xuất nâng mức phụ cấp cho nhân viên y tế thôn, bản.",
        "Kiến nghị Trung ương điều chỉnh chế độ phụ cấp ưu đãi nghề cho viên chức y tế cơ sở.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_bhxh": [
        "Phát triển người tham gia bảo hiểm xã hội tự nguyện, nhất là lao động khu vực phi chính thức.",
        "Đôn đốc các đơn vị sử dụng lao động đóng đủ bảo hiểm xã hội bắt buộc.",
    ],
    "SD_moitruong": [
        "Vận động nhân dân tổng vệ sinh đường làng, ngõ xóm vào sáng chủ nhật hằng tuần.",
        "Thu gom rác thải sinh hoạt ở các thôn ven sông, không để rác trôi xuống dòng nước.",
        "Trồng cây xanh, đường hoa ở các tuyến đường liên thôn.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Phòng khám y học cổ truyền của trạm y tế xã đã chữa cho nhiều người đau lưng, đau khớp bằng châm cứu.",
        "Vườn thuốc nam mẫu của trạm được trồng lại với hơn bốn mươi loài cây.",
        "Xe cứu thương mới được bàn giao cho Trung tâm Y tế phục vụ vận chuyển cấp cứu.",
        "Khám, tư vấn tiền hôn nhân miễn phí cho các đôi nam nữ chuẩn bị kết hôn.",
        "Tổ chức hiến máu tình nguyện thu được gần năm trăm đơn vị máu.",
        "Trạm y tế phường triển khai điểm tư vấn sức khỏe tâm thần cho học sinh.",
        "Đội y tế lưu động khám mắt, mổ đục thủy tinh thể miễn phí cho người già neo đơn.",
        "Thí điểm bác sĩ gia đình tại một phường, quản lý sức khỏe cho mọi thành viên trong hộ.",
        "Ký kết hợp tác với bệnh viện đa khoa tỉnh để hội chẩn từ xa cho trạm y tế.",
        "Phòng khám đa khoa khu vực được nâng cấp, có thêm khoa sản và phòng mổ nhỏ.",
        "Điều trị nghiện chất dạng thuốc phiện bằng methadone cho hơn sáu mươi bệnh nhân.",
        "Nhà tiêu hợp vệ sinh của các hộ gia đình đạt gần chín phần mười.",
        "Giải chạy vì sức khỏe cộng đồng thu hút đông đảo người dân và học sinh.",
        "Câu lạc bộ dưỡng sinh của người cao tuổi duy trì tập luyện mỗi sáng.",
        "Đội sơ cấp cứu của Hội Chữ thập đỏ trực ở các điểm du lịch dịp lễ hội.",
        "Trung tâm Y tế được công nhận bệnh viện thực hành an toàn người bệnh.",
    ],
    "limitations": [
        "Trạm y tế chưa có nhà để xe cho người bệnh, mùa nắng phải để xe ngoài trời.",
        "Cổng thông tin của Trung tâm Y tế ít cập nhật tin bài.",
        "Chưa có phòng cách ly riêng cho người bệnh nghi nhiễm bệnh truyền nhiễm.",
        "Tỷ số giới tính khi sinh còn mất cân bằng, số bé trai nhiều hơn bé gái.",
        "Tỷ lệ sinh con thứ ba trở lên tăng ở một số dòng họ.",
        "Máy phát điện dự phòng của trạm đã hỏng, mất điện phải dừng tiêm chủng.",
        "Xe cứu thương của Trung tâm Y tế đã chạy quá niên hạn.",
        "Người nghiện ma túy bỏ điều trị methadone giữa chừng còn nhiều.",
        "Chất thải y tế nguy hại của trạm chưa có lò đốt, phải chuyển về huyện.",
        "Nhiều hộ vẫn dùng nhà tiêu một ngăn không hợp vệ sinh.",
        "Tình trạng bán thuốc kháng sinh không cần đơn ở các quầy thuốc tư chưa được kiểm soát.",
        "Đường vào trạm y tế xã vùng cao bị sạt lở, xe cấp cứu khó tiếp cận.",
        "Bác sĩ đông y có tuổi, chưa có người kế cận.",
        "Tỷ lệ sàng lọc trước sinh, sơ sinh chưa đạt kế hoạch.",
    ],
    "solutions": [
        "Xây dựng nhà chờ cho người nhà bệnh nhân tại Trung tâm Y tế.",
        "Lắp đặt hệ thống năng lượng mặt trời cho trạm y tế vùng thường mất điện.",
        "Thành lập câu lạc bộ không sinh con thứ ba trong các chi hội phụ nữ.",
        "Mở lớp dạy sơ cứu đuối nước cho học sinh trước kỳ nghỉ hè.",
        "Đề nghị cấp xe cứu thương mới cho phòng khám đa khoa khu vực.",
        "Hợp đồng với công ty môi trường thu gom chất thải y tế định kỳ.",
        "Phục hồi vườn thuốc nam ở các trạm y tế vùng đồng bào.",
        "Tổ chức tầm soát ung thư vú, ung thư cổ tử cung cho phụ nữ.",
        "Kiểm tra việc bán thuốc theo đơn tại các nhà thuốc tư nhân.",
        "Khảo sát sự hài lòng của người bệnh bằng mã QR tại quầy tiếp đón.",
        "Thí điểm bác sĩ gia đình ở thêm hai xã.",
        "Mời chuyên gia tâm lý tư vấn cho học sinh các trường trung học.",
        "Làm đường tạm vào trạm y tế xã vùng cao trước mùa lũ.",
        "Tổ chức hội thi tuyên truyền viên dân số giỏi.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (19, 17, 16, 14, 13, 12, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_bhxh": 3,
    "RD_vatnuoi": 2,
    "RD_truonghoc": 3,
    "LD_nodong": 2,
    "LD_vatnuoi": 3,
    "SD_bhxh": 2,
    "SD_moitruong": 3,
}

DISTRICTS = [
    "huyện Ngọc Khê",
    "huyện Phù Vân",
    "huyện Hoành Sơn Nam",
    "thành phố Bình Khê",
    "huyện Thạch Bàn Thượng",
    "huyện Đan Phượng Hạ",
    "thị xã Lạc Thủy Đông",
]
COMMUNE_STEMS = [
    "Vân Hà",
    "Hương Mai",
    "Tiên Phú",
    "Bảo Lạc Hạ",
    "Nghĩa Đàn Tây",
    "Hòa Mỹ",
    "Sa Lung",
    "Quỳnh Lâm",
    "Thuận An Thượng",
    "Mỹ Lộc",
    "Cẩm Thạch",
    "Tân Dân Hạ",
    "Đồng Tâm Bắc",
    "Kim Đôi",
    "Phong Thạnh",
    "Lũng Pù",
    "Hữu Lũng Nam",
    "Thạch Thất Hạ",
    "Yên Thế Tây",
    "Bình Lục",
    "Vĩnh Thịnh",
    "An Nhơn Thượng",
    "Xuân Lộc Hạ",
    "Trà Lĩnh",
    "Pác Nặm Thượng",
    "Hồng Quang",
    "Diễn Châu Hạ",
    "Phước Sơn",
    "Tuy Lai",
    "Nam Đàn Bắc",
    "Quế Phong",
    "Lạng Khê",
    "Đông Hải Hạ",
    "Chiêm Hóa Tây",
    "Thọ Xuân Thượng",
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
        "Thực hiện Công văn số {k}/SYT-KHTC ngày 25/11/2025 của Sở Y tế tỉnh Bình Khê về việc báo cáo kết quả công tác y tế năm 2025, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {tr}/KH-UBND ngày 15/01/2025 về thực hiện bảo hiểm y tế toàn dân, {unit} báo cáo kết quả năm 2025 như sau:",
        "Theo đề nghị của Bảo hiểm xã hội tỉnh, {unit} tổng hợp kết quả thực hiện chính sách bảo hiểm y tế và chăm sóc sức khỏe ban đầu năm 2025.",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025",
            "I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN",
        ],
        "limitations": [
            "II. HẠN CHẾ, KHÓ KHĂN",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC",
        ],
        "solutions": ["III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "III. PHƯƠNG HƯỚNG NHIỆM VỤ VÀ ĐỀ XUẤT, KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác bảo hiểm y tế",
            "2. Khám, chữa bệnh và y tế dự phòng",
            "3. Các hoạt động khác",
        ],
        "limitations": ["1. Hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ, giải pháp", "2. Kiến nghị"],
    },
    leads={
        "results": ["", "", "", "Năm 2025, ", "Nhìn chung, ", "Bên cạnh đó, ", "Đặc biệt, "],
        "limitations": ["", "", "", "Tuy nhiên, ", "Mặt khác, ", "Ngoài ra, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác y tế cơ sở và thực hiện bảo hiểm y tế toàn dân năm 2025, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác y tế và bảo hiểm y tế năm 2025 của {unit}.",
    recipients="Nơi nhận: Sở Y tế; Bảo hiểm xã hội tỉnh; Lưu: VT.",
    placeholder="(Biểu số liệu y tế cơ sở kèm theo)",
    proper=("Ủy ban", "Sở", "Ngành", "Trung tâm Y tế", "Bảo hiểm xã hội", "Hội đồng", "BHYT", "VNeID"),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
